package com.salespact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Every error the API answers, in one shape: {@code {"status":422,"error":"Unprocessable Content","message":"…",
 * "errors":[{"field":"amount","message":"…"}]}}; {@code line} (1-based) only for bulk requests, {@code currentVersion}
 * only for a conflict (409).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, List<FieldMessage> errors, Long currentVersion) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldMessage(Integer line, String field, String message) {

        public static FieldMessage at(String field, String message) {
            return new FieldMessage(null, field, message);
        }
    }
}
