/**
 * The fake's admin HTTP API under {@code /__admin/fakeokta/}: one resource per feature (scripts,
 * clock, journal, reset, ...). Not API: anything here may change without notice.
 */
package dev.fakeokta.server.internal.admin;
