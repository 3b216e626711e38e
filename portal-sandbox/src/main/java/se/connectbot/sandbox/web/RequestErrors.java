package se.connectbot.sandbox.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Names the refused inputs of Spring MVC's 400 exceptions as {@link FieldError}s. */
final class RequestErrors {

    private static final int MAX_ECHOED_VALUE = 60;

    private RequestErrors() {
    }

    static List<FieldError> of(Exception ex) {
        if (ex instanceof BindException bind) {
            return bindErrors(bind);
        }
        if (ex instanceof HandlerMethodValidationException validation) {
            return parameterErrors(validation);
        }
        if (ex instanceof TypeMismatchException mismatch) {
            return List.of(typeMismatch(mismatch));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return List.of(new FieldError(missing.getParameterName(), "is required"));
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return List.of(new FieldError(missing.getHeaderName(), "header is required"));
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return List.of(unreadableBody(unreadable));
        }
        return List.of(new FieldError("request", String.valueOf(ex.getMessage())));
    }

    private static List<FieldError> bindErrors(BindException bind) {
        List<FieldError> errors = new ArrayList<>();
        for (org.springframework.validation.FieldError error : bind.getBindingResult().getFieldErrors()) {
            errors.add(new FieldError(error.getField(), withValue(error.getDefaultMessage(), error.getRejectedValue())));
        }
        bind.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldError(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return errors;
    }

    private static List<FieldError> parameterErrors(HandlerMethodValidationException validation) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : validation.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                bean.getFieldErrors().forEach(error ->
                        errors.add(new FieldError(error.getField(), withValue(error.getDefaultMessage(), error.getRejectedValue()))));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldError(name, withValue(error.getDefaultMessage(), result.getArgument())));
            }
        }
        return errors;
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "parameter" : name;
    }

    private static FieldError typeMismatch(TypeMismatchException mismatch) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(mismatch.getPropertyName());
        return new FieldError(name, expected(mismatch.getRequiredType(), mismatch.getValue()));
    }

    private static FieldError unreadableBody(HttpMessageNotReadableException unreadable) {
        JacksonException jackson = jacksonCause(unreadable);
        if (jackson == null) {
            return new FieldError("body", "is missing or not readable as JSON");
        }
        String path = path(jackson);
        if (jackson instanceof InvalidFormatException format) {
            return new FieldError(path, expected(format.getTargetType(), format.getValue()));
        }
        if (jackson instanceof MismatchedInputException mismatch && !path.isEmpty()) {
            Class<?> target = mismatch.getTargetType();
            return new FieldError(path, "must be " + (target == null ? "of another type" : describe(target)));
        }
        return new FieldError(path.isEmpty() ? "body" : path, "is not valid JSON: " + jackson.getOriginalMessage());
    }

    private static @Nullable JacksonException jacksonCause(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException jackson) {
        return jackson.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(@Nullable Class<?> type, @Nullable Object value) {
        return withValue("must be " + (type == null ? "of another type" : describe(type)), value);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a valid " + type.getSimpleName();
    }

    private static String withValue(@Nullable String message, @Nullable Object value) {
        String text = message == null ? "is invalid" : message;
        if (value == null) {
            return text;
        }
        String shown = String.valueOf(value);
        return shown.length() > MAX_ECHOED_VALUE ? text : text + " but was '" + shown + "'";
    }
}
