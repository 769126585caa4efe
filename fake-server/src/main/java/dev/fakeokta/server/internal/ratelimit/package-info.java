/**
 * Rate limiting behind {@link dev.fakeokta.server.RateLimits}: buckets, counters, headers. Not API.
 */
package dev.fakeokta.server.internal.ratelimit;
