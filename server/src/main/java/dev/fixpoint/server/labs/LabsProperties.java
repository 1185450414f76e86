package dev.fixpoint.server.labs;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * Where the labs are: {@code fixpoint.labs} ({@code FIXPOINT_LABS}), a leaf directly under {@code fixpoint}.
 *
 * @param labs the labs folder, relative to the working directory unless absolute
 */
@ConfigurationProperties("fixpoint")
@Validated
public record LabsProperties(@DefaultValue("labs") @NotNull Path labs) {
}
