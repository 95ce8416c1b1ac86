package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An entity with a composite id declared through {@code @IdClass}. */
@Entity
@IdClass(Enrollment.Key.class)
public class Enrollment {

    @Id
    private String student;
    @Id
    private String course;
    private String grade;

    protected Enrollment() {
    }

    public Enrollment(String student, String course, String grade) {
        this.student = student;
        this.course = course;
        this.grade = grade;
    }

    public Key getKey() {
        return new Key(student, course);
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public record Key(String student, String course) implements Serializable {
    }
}
