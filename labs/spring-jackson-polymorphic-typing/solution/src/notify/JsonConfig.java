package notify;

import notify.channels.EmailChannel;
import notify.channels.SmsChannel;
import notify.channels.WebhookChannel;
import notify.model.Money;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

import java.util.Set;

@Configuration
public class JsonConfig {

    /**
     * The classes a notification may name in "@class", exactly: the three channels and Money. Not their subclasses
     * (allowIfSubType(Class) would match those), not a package, and nothing else on the class path.
     */
    static final Set<Class<?>> SENDABLE = Set.of(EmailChannel.class, SmsChannel.class, WebhookChannel.class, Money.class);

    @Bean
    JsonMapperBuilderCustomizer typedNotifications() {
        PolymorphicTypeValidator types = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType((context, type) -> SENDABLE.contains(type))
                .build();
        return builder -> builder.polymorphicTypeValidator(types);
    }
}
