package dev.fixpoint.runtime.spring.warmup;

import org.springframework.data.repository.CrudRepository;

/** The notes' repository: Spring Data JDBC finds it by scanning, as it finds a lab's. */
public interface Notes extends CrudRepository<Note, Long> {
}
