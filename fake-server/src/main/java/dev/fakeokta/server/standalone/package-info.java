/**
 * The standalone runner: {@code java -jar fake-okta-server-<version>-standalone.jar --help}. The
 * only package that prints to the standard streams.
 */
package dev.fakeokta.server.standalone;
