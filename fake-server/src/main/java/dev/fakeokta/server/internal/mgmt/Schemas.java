package dev.fakeokta.server.internal.mgmt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakeokta.server.internal.Json;

/** The default user and group profile schemas, in the shape of Okta's Schemas API. */
final class Schemas {

  private Schemas() {}

  static ObjectNode user(String orgUrl) {
    ObjectNode schema = base(orgUrl, "user", "User", "#base", "Okta user profile template");
    ObjectNode properties = (ObjectNode) schema.path("definitions").path("base").path("properties");
    property(properties, "login", "Username", true, 5, 100).put("pattern", ".+");
    property(properties, "firstName", "First name", true, 1, 50);
    property(properties, "lastName", "Last name", true, 1, 50);
    property(properties, "middleName", "Middle name", false, -1, -1);
    property(properties, "email", "Primary email", true, 5, 100).put("format", "email");
    property(properties, "secondEmail", "Secondary email", false, -1, -1);
    property(properties, "mobilePhone", "Mobile phone", false, 0, 100);
    property(properties, "department", "Department", false, -1, -1);
    ArrayNode required =
        ((ObjectNode) schema.path("definitions").path("base")).putArray("required");
    required.add("login").add("firstName").add("lastName").add("email");
    return schema;
  }

  static ObjectNode group(String orgUrl) {
    ObjectNode schema = base(orgUrl, "group", "Okta group", "#base", "Okta group profile template");
    ObjectNode properties = (ObjectNode) schema.path("definitions").path("base").path("properties");
    property(properties, "name", "Name", true, 1, 255);
    property(properties, "description", "Description", false, 0, 1024);
    ((ObjectNode) schema.path("definitions").path("base")).putArray("required").add("name");
    return schema;
  }

  private static ObjectNode base(
      String orgUrl, String kind, String title, String baseId, String description) {
    ObjectNode schema = Json.MAPPER.createObjectNode();
    schema.put("id", orgUrl + "/meta/schemas/" + kind + "/default");
    schema.put("$schema", "http://json-schema.org/draft-04/schema#");
    schema.put("name", kind);
    schema.put("title", title);
    schema.put("description", description);
    schema.put("lastUpdated", "2024-01-01T00:00:00.000Z");
    schema.put("created", "2024-01-01T00:00:00.000Z");
    ObjectNode definitions = schema.putObject("definitions");
    ObjectNode custom = definitions.putObject("custom");
    custom.put("id", "#custom");
    custom.put("type", "object");
    custom.putObject("properties");
    custom.putArray("required");
    ObjectNode baseDefinition = definitions.putObject("base");
    baseDefinition.put("id", baseId);
    baseDefinition.put("type", "object");
    baseDefinition.putObject("properties");
    schema.put("type", "object");
    ArrayNode allOf = schema.putObject("properties").putObject("profile").putArray("allOf");
    allOf.addObject().put("$ref", "#/definitions/custom");
    allOf.addObject().put("$ref", "#/definitions/base");
    ObjectNode links = schema.putObject("_links");
    links.putObject("self").put("href", orgUrl + "/api/v1/meta/schemas/" + kind + "/default");
    return schema;
  }

  private static ObjectNode property(
      ObjectNode properties, String name, String title, boolean required, int min, int max) {
    ObjectNode property = properties.putObject(name);
    property.put("title", title);
    property.put("type", "string");
    property.put("required", required);
    if (min >= 0) {
      property.put("minLength", min);
    }
    if (max >= 0) {
      property.put("maxLength", max);
    }
    property.put("mutability", "READ_WRITE");
    property.put("scope", "NONE");
    ArrayNode permissions = property.putArray("permissions");
    ObjectNode permission = permissions.addObject();
    permission.put("principal", "SELF");
    permission.put("action", "READ_WRITE");
    property.putObject("master").put("type", "PROFILE_MASTER");
    return property;
  }
}
