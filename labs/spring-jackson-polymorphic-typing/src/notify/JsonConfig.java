package notify;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

@Configuration
public class JsonConfig {

    /**
     * Notifications carry class names for their channel and data ({@code @class}). Jackson 3 refuses type ids under a
     * base type as wide as Object ("please configure a custom PolymorphicTypeValidator"), so the service brings its
     * own validator.
     */
    @Bean
    JsonMapperBuilderCustomizer typedNotifications() {
        PolymorphicTypeValidator types = BasicPolymorphicTypeValidator.builder()
                .allowIfBaseType(Object.class)
                .build();
        return builder -> builder.polymorphicTypeValidator(types);
    }
}
