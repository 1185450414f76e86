package notify;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

@Configuration
public class JsonConfig {

    /** Type ids may name the service's own classes only, never the JDK's or a library's. */
    @Bean
    JsonMapperBuilderCustomizer typedNotifications() {
        PolymorphicTypeValidator types = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("notify.")
                .build();
        return builder -> builder.polymorphicTypeValidator(types);
    }
}
