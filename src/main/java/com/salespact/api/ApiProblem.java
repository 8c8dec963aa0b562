package com.salespact.api;

import com.salespact.base.Messages;
import java.util.List;

/** An API answer other than success, raised where it is known; {@link ApiExceptionHandler} writes it as JSON. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final transient List<ApiError.FieldMessage> errors;

    public ApiProblem(int status, String message, List<ApiError.FieldMessage> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem notFound() {
        return new ApiProblem(404, Messages.text("api.error.not-found"), List.of());
    }

    /** A request value that cannot be used, named by its field (query parameter or JSON property). */
    public static ApiProblem badField(String field, String key, Object... args) {
        String message = Messages.text(key, args);
        return new ApiProblem(400, message, List.of(ApiError.FieldMessage.at(field, message)));
    }

    public int status() {
        return status;
    }

    public List<ApiError.FieldMessage> errors() {
        return errors;
    }
}
