package notify;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

import java.util.Set;

@Configuration
public class JsonConfig {

    /** Classes that must never be built from a request (see the incident of last week). */
    static final Set<String> BLOCKED = Set.of("notify.ops.MailboxExport");

    @Bean
    JsonMapperBuilderCustomizer typedNotifications() {
        PolymorphicTypeValidator types = new PolymorphicTypeValidator.Base() {
            @Override
            public Validity validateSubClassName(DatabindContext context, JavaType baseType, String subClassName) {
                return BLOCKED.contains(subClassName) ? Validity.DENIED : Validity.ALLOWED;
            }
        };
        return builder -> builder.polymorphicTypeValidator(types);
    }
}
