package dev.fixpoint.server.findings;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart requests, of which findings uploads are the only ones, may be as large as
 * {@code fixpoint.findings.max-request-size}; this replaces Spring Boot's {@code spring.servlet.multipart.*} defaults
 * (1 MB a file), and the server's request size limit reads its largest upload from here.
 */
@Configuration
class UploadLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(FindingsProperties findings) {
        long max = findings.maxRequestSize().toBytes();
        return new MultipartConfigElement("", max, max, 0);
    }
}
