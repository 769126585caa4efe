/** Implementation details of the fake server. Not API: anything here may change without notice. */
package dev.fakeokta.server.internal;
