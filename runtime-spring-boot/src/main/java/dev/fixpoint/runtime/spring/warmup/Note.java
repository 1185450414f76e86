package dev.fixpoint.runtime.spring.warmup;

import jakarta.validation.constraints.NotBlank;
import org.springframework.data.annotation.Id;

/** A note, stored with Spring Data JDBC. */
public record Note(@Id Long id, @NotBlank String text) {
}
