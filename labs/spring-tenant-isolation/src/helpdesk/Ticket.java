package helpdesk;

import org.springframework.data.annotation.Id;

public record Ticket(@Id Long id, String tenantId, String subject, String body, String status, String openedBy) {
}
