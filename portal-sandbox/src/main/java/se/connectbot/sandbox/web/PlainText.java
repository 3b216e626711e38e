package se.connectbot.sandbox.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Text that may hold tabs and line breaks but no other control characters. Null is valid. */
@Documented
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD, TYPE_USE})
@Retention(RUNTIME)
@Pattern(regexp = Inputs.TEXT, message = Inputs.TEXT_MESSAGE)

public @interface PlainText {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
