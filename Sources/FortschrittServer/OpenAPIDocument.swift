import Hummingbird

/// The OpenAPI 3.1 description of the read API; a test checks it against the routes and answers.
enum OpenAPIDocument {
    static func response() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: json)))
    }

    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Fortschritt API",
            "version": "1.0.0",
            "description": "Read access to a city's strategy catalogue: measures with their status on any date, as known at any recorded time, with their history."
          },
          "servers": [{ "url": "/" }],
          "paths": {
            "/healthz": {
              "get": {
                "operationId": "health",
                "summary": "Liveness check",
                "responses": {
                  "200": { "description": "The server is up", "content": { "application/json": { "schema": {
                    "type": "object", "required": ["status"], "properties": { "status": { "const": "ok" } } } } } },
                  "503": { "description": "The database does not answer", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
                }
              }
            },
            "/api/v1/strategies": {
              "get": {
                "operationId": "listStrategies",
                "summary": "The strategies this instance holds",
                "responses": {
                  "200": { "description": "Strategies", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Strategy" } } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" }
                }
              }
            },
            "/api/v1/measures": {
              "get": {
                "operationId": "listMeasures",
                "summary": "The catalogue, optionally as of a date and filtered",
                "parameters": [
                  { "$ref": "#/components/parameters/strategy" },
                  { "$ref": "#/components/parameters/as_of" },
                  { "$ref": "#/components/parameters/known_at" },
                  { "name": "field", "in": "query", "description": "Field of action, by number or title", "schema": { "type": "string" } },
                  { "name": "status", "in": "query", "description": "Status, by key or label", "schema": { "type": "string" } },
                  { "name": "department", "in": "query", "description": "Department code; matches lead and partner departments", "schema": { "type": "string" } }
                ],
                "responses": {
                  "200": { "description": "The catalogue", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Catalogue" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/v1/measures/{number}": {
              "get": {
                "operationId": "getMeasure",
                "summary": "One measure with its history",
                "parameters": [
                  { "name": "number", "in": "path", "required": true, "description": "Catalogue number, e.g. 3.12", "schema": { "type": "string" } },
                  { "$ref": "#/components/parameters/strategy" },
                  { "$ref": "#/components/parameters/as_of" },
                  { "$ref": "#/components/parameters/known_at" }
                ],
                "responses": {
                  "200": { "description": "The measure", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Measure" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/v1/fields": {
              "get": {
                "operationId": "listFields",
                "summary": "Fields of action",
                "parameters": [{ "$ref": "#/components/parameters/strategy" }],
                "responses": {
                  "200": { "description": "Fields of action", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Field" } } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/v1/departments": {
              "get": {
                "operationId": "listDepartments",
                "summary": "Departments",
                "parameters": [{ "$ref": "#/components/parameters/strategy" }],
                "responses": {
                  "200": { "description": "Departments", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Department" } } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/v1/statuses": {
              "get": {
                "operationId": "listStatuses",
                "summary": "The strategy's statuses",
                "parameters": [{ "$ref": "#/components/parameters/strategy" }],
                "responses": {
                  "200": { "description": "Statuses", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Status" } } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/openapi.json": {
              "get": {
                "operationId": "openapi",
                "summary": "This document",
                "responses": { "200": { "description": "OpenAPI 3.1 document", "content": { "application/json": { "schema": { "type": "object" } } } } }
              }
            }
          },
          "components": {
            "parameters": {
              "strategy": { "name": "strategy", "in": "query", "description": "Strategy slug; may be left out while there is only one", "schema": { "type": "string" } },
              "as_of": { "name": "as_of", "in": "query", "description": "The catalogue as it stood on this date (effective dates)", "schema": { "type": "string", "format": "date" } },
              "known_at": { "name": "known_at", "in": "query", "description": "Only what was recorded up to this time (ISO 8601); a bare date means the end of that day", "schema": { "type": "string" } }
            },
            "responses": {
              "BadRequest": { "description": "A parameter is wrong", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
              "NotFound": { "description": "No such object", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
            },
            "schemas": {
              "Problem": {
                "type": "object", "required": ["type", "title", "status", "detail"],
                "properties": {
                  "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" },
                  "detail": { "type": "string" }, "parameter": { "type": "string", "description": "The query or path parameter at fault" }
                }
              },
              "Strategy": {
                "type": "object", "required": ["slug", "title", "body"],
                "properties": {
                  "slug": { "type": "string" }, "title": { "type": "string" }, "body": { "type": "string" },
                  "adoptedOn": { "type": "string", "format": "date" }, "resolution": { "type": "string" }
                }
              },
              "Field": { "type": "object", "required": ["number", "title"], "properties": { "number": { "type": "integer" }, "title": { "type": "string" } } },
              "Department": { "type": "object", "required": ["code", "name"], "properties": { "code": { "type": "string" }, "name": { "type": "string" } } },
              "StatusKind": { "type": "string", "enum": ["planned", "active", "delayed", "done", "handed_over", "discarded"] },
              "Status": {
                "type": "object", "required": ["key", "label", "labelEn", "kind", "requiresReason"],
                "properties": {
                  "key": { "type": "string" }, "label": { "type": "string" }, "labelEn": { "type": "string" },
                  "kind": { "$ref": "#/components/schemas/StatusKind" }, "requiresReason": { "type": "boolean" }
                }
              },
              "MeasureStatus": {
                "type": "object", "required": ["key", "label", "labelEn", "kind", "since", "assumed", "remark"],
                "properties": {
                  "key": { "type": "string" }, "label": { "type": "string" }, "labelEn": { "type": "string" },
                  "kind": { "$ref": "#/components/schemas/StatusKind" }, "since": { "type": "string", "format": "date" },
                  "assumed": { "type": "boolean", "description": "The status was assumed, not stated" }, "remark": { "type": "string" }
                }
              },
              "Details": {
                "type": "object", "required": ["title", "description", "field", "leadDepartment", "partnerDepartments", "entryDate"],
                "properties": {
                  "title": { "type": "string" }, "description": { "type": "string" }, "field": { "type": "integer" },
                  "leadDepartment": { "type": "string" }, "partnerDepartments": { "type": "array", "items": { "type": "string" } },
                  "entryDate": { "type": "string", "format": "date" },
                  "plannedStart": { "type": "string", "format": "date" }, "plannedEnd": { "type": "string", "format": "date" }
                }
              },
              "Event": {
                "type": "object", "required": ["sequence", "kind", "effectiveDate", "recordedAt", "actor"],
                "properties": {
                  "sequence": { "type": "integer" },
                  "kind": { "type": "string", "enum": ["created", "changed", "status_set", "removed", "retracted"] },
                  "effectiveDate": { "type": "string", "format": "date" },
                  "recordedAt": { "type": "string", "format": "date-time" },
                  "actor": { "type": "string" }, "reason": { "type": "string" },
                  "details": { "$ref": "#/components/schemas/Details" },
                  "changes": { "type": "object", "description": "Only the fields that changed; a planned date may be null (cleared)" },
                  "status": {
                    "type": "object", "required": ["key", "assumed", "remark"],
                    "properties": { "key": { "type": "string" }, "assumed": { "type": "boolean" }, "remark": { "type": "string" } }
                  },
                  "retracts": { "type": "integer", "description": "Sequence of the event this one withdraws" }
                }
              },
              "Measure": {
                "type": "object",
                "required": ["number", "title", "description", "field", "leadDepartment", "partnerDepartments", "entryDate", "status"],
                "properties": {
                  "number": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" },
                  "field": { "$ref": "#/components/schemas/Field" },
                  "leadDepartment": { "$ref": "#/components/schemas/Department" },
                  "partnerDepartments": { "type": "array", "items": { "$ref": "#/components/schemas/Department" } },
                  "entryDate": { "type": "string", "format": "date" },
                  "plannedStart": { "type": "string", "format": "date" }, "plannedEnd": { "type": "string", "format": "date" },
                  "status": { "description": "Null until the first status is known", "oneOf": [{ "$ref": "#/components/schemas/MeasureStatus" }, { "type": "null" }] },
                  "history": { "type": "array", "items": { "$ref": "#/components/schemas/Event" } }
                }
              },
              "Catalogue": {
                "type": "object", "required": ["strategy", "fields", "departments", "statuses", "count", "measures"],
                "properties": {
                  "strategy": { "$ref": "#/components/schemas/Strategy" },
                  "asOf": { "type": "string", "format": "date" },
                  "knownAt": { "type": "string", "format": "date-time" },
                  "fields": { "type": "array", "items": { "$ref": "#/components/schemas/Field" } },
                  "departments": { "type": "array", "items": { "$ref": "#/components/schemas/Department" } },
                  "statuses": { "type": "array", "items": { "$ref": "#/components/schemas/Status" } },
                  "count": { "type": "integer" },
                  "measures": { "type": "array", "items": { "$ref": "#/components/schemas/Measure" } }
                }
              }
            }
          }
        }
        """#
}
