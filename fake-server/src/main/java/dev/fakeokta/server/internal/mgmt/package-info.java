/** The management API slice (users, groups, apps, System Log, schemas). Not API. */
package dev.fakeokta.server.internal.mgmt;
