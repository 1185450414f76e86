package dev.fixpoint.server.findings;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.util.unit.DataSize;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link DataSize} setting of more than 0 bytes. Bean Validation has no constraint for Spring's sizes, and one on the
 * component itself (rather than a check method) makes a refused start name the property.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PositiveSize.Check.class)
@interface PositiveSize {

    String message() default "must be more than 0 bytes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to {@code @NotNull}. */
    final class Check implements ConstraintValidator<PositiveSize, DataSize> {

        @Override
        public boolean isValid(DataSize size, ConstraintValidatorContext context) {
            return size == null || size.toBytes() > 0;
        }
    }
}
