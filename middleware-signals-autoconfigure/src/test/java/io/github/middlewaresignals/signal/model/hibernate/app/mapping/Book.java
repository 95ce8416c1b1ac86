package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.NaturalId;

/** An entity with the properties an UPDATE does not write as it writes the others. */
@Entity
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @Version
    private Long version;
    @NaturalId(mutable = true)
    private String isbn;
    private String title;
    @Column(updatable = false)
    private String createdBy;
    @Formula("upper(title)")
    private String shelfLabel;

    protected Book() {
    }

    public Book(String isbn, String title, String createdBy) {
        this.isbn = isbn;
        this.title = title;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public void setIsbn(String isbn) {
        this.isbn = isbn;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public void setShelfLabel(String shelfLabel) {
        this.shelfLabel = shelfLabel;
    }
}
