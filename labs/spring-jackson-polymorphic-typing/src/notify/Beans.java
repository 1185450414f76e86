package notify;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * The application's beans for the classes that Spring does not create: the ops console's jobs are built from their
 * JSON settings and the channels from each notification, so they look up what they need here.
 */
@Component
public class Beans implements ApplicationContextAware {

    private static ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        context = applicationContext;
    }

    public static <T> T get(Class<T> type) {
        return context.getBean(type);
    }
}
