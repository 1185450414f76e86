package dev.fixpoint.server.network;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The reverse proxies in front of the server: {@code fixpoint.trusted-proxies} ({@code FIXPOINT_TRUSTED_PROXIES}), a
 * leaf directly under {@code fixpoint}.
 *
 * @param trustedProxies IP addresses and CIDR ranges, comma-separated, such as {@code 10.0.0.5, fd00::/8}; none by
 *                       default. Each entry is read by {@link AddressRange#of(String)}, so a host name or a typo stops
 *                       the start instead of trusting nobody or everybody.
 */
@ConfigurationProperties("fixpoint")
@Validated
public record NetworkProperties(@DefaultValue @NotNull List<AddressRange> trustedProxies) {

    public NetworkProperties {
        trustedProxies = List.copyOf(trustedProxies);
    }
}
