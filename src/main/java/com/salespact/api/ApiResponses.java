package com.salespact.api;

import com.salespact.base.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@link ApiError}s from the API's filters, before Spring MVC (and its exception handler) is reached. */
final class ApiResponses {

    private final JsonMapper json;

    ApiResponses(JsonMapper json) {
        this.json = json;
    }

    void error(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        String message = Messages.text(request.getLocale(), key);
        write(response, status, json.writeValueAsBytes(new ApiError(status, reason(status), message, List.of(), null)));
    }

    void write(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : known.getReasonPhrase();
    }
}
