package se.connectbot.sandbox.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An id as the contract defines it (letters, digits, '.', '_', '-'), at most 40 characters. Null is valid. */
@Documented
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD, TYPE_USE})
@Retention(RUNTIME)
@Pattern(regexp = Inputs.ID, message = Inputs.ID_MESSAGE)
@Size(max = 40)
public @interface ApiId {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
