/** Internal: the fake's authorization servers, keys and token minting. Not API. */
package dev.fakeokta.server.internal.oauth;
