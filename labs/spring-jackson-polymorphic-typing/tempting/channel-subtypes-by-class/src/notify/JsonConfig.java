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

@Configuration
public class JsonConfig {

    /** The channels and the data types a notification may carry. */
    @Bean
    JsonMapperBuilderCustomizer typedNotifications() {
        PolymorphicTypeValidator types = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType(EmailChannel.class)
                .allowIfSubType(SmsChannel.class)
                .allowIfSubType(WebhookChannel.class)
                .allowIfSubType(Money.class)
                .build();
        return builder -> builder.polymorphicTypeValidator(types);
    }
}
