package com.salespact.api;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.EditConflictException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every failure of an API call as an {@link ApiError} with the right status, texts in the request's language
 * (Accept-Language): 400 for JSON that does not parse or a value of the wrong type (naming the field), 404 for a row
 * that does not exist <em>or is outside the token's team</em> (the same answer, so nothing tells it exists), 409 for
 * a save over a newer version (with the current version), 415 for a body that is not JSON, 422 for a business rule
 * (the field and the rule's message, as the app's forms show it).
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiError> problem(ApiProblem problem) {
        return answer(problem.status(), problem.getMessage(), problem.errors(), null);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ApiError> rule(RuleViolation violation) {
        return answer(422, violation.getMessage(),
                List.of(ApiError.FieldMessage.at(violation.field(), violation.getMessage())), null);
    }

    @ExceptionHandler(BulkViolation.class)
    ResponseEntity<ApiError> bulk(BulkViolation violation) {
        RuleViolation rule = violation.rule();
        return answer(422, Messages.text("api.error.bulk", String.valueOf(violation.line())),
                List.of(new ApiError.FieldMessage(violation.line(), rule.field(), rule.getMessage())), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException denied) {
        return problem(ApiProblem.notFound());
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<ApiError> conflict(EditConflictException conflict) {
        return answer(409, Messages.text("api.error.conflict", String.valueOf(conflict.currentVersion())),
                conflict.conflicts().stream().map(field -> ApiError.FieldMessage.at(field.field(),
                        Messages.text("api.error.conflict-field"))).toList(), conflict.currentVersion());
    }

    @ExceptionHandler({ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<ApiError> raced(RuntimeException raced) {
        return answer(409, Messages.text("api.error.conflict-retry"), List.of(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException unreadable) {
        // The outermost Jackson exception carries the path; its own cause may be a DateTimeParseException.
        Throwable cause = unreadable.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException json && !(cause instanceof StreamReadException)
                && !json.getPath().isEmpty()) {
            String field = path(json.getPath());
            String message = Messages.text("api.error.wrong-type");
            return answer(400, message, List.of(new ApiError.FieldMessage(line(json.getPath()), field, message)), null);
        }
        String message = cause instanceof JacksonException ? Messages.text("api.error.malformed")
                : Messages.text("api.error.body-required");
        return answer(400, message, List.of(), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> wrongParameter(MethodArgumentTypeMismatchException mismatch) {
        String message = Messages.text("api.error.wrong-type");
        return answer(400, message, List.of(ApiError.FieldMessage.at(mismatch.getName(), message)), null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException missing) {
        String message = Messages.text("api.error.required");
        return answer(400, message, List.of(ApiError.FieldMessage.at(missing.getParameterName(), message)), null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException unsupported) {
        return answer(415, Messages.text("api.error.media-type"), List.of(), null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException unacceptable) {
        return answer(406, Messages.text("api.error.not-acceptable"), List.of(), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException unsupported) {
        return answer(405, Messages.text("api.error.method"), List.of(), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> failed(Exception failed) {
        LOG.error("API call failed", failed);
        return answer(500, Messages.text("api.error.internal"), List.of(), null);
    }

    private static ResponseEntity<ApiError> answer(int status, String message, List<ApiError.FieldMessage> errors,
                                                   Long currentVersion) {
        return ResponseEntity.status(status)
                .body(new ApiError(status, ApiResponses.reason(status), message, errors, currentVersion));
    }

    /** {@code activities[2].date} from Jackson's path. */
    private static String path(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The 1-based line of a bulk request's item the path points into; null outside a list. */
    private static Integer line(List<JacksonException.Reference> path) {
        return path.stream().filter(step -> step.getPropertyName() == null && step.getIndex() >= 0).findFirst()
                .map(step -> step.getIndex() + 1).orElse(null);
    }
}
