package expenses;

import org.springframework.data.annotation.Id;

/** A member of staff and the team they belong to. */
public record Employee(@Id String username, String team) {
}
