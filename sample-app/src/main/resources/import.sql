-- Run by Hibernate right after it creates the schema (spring.jpa.hibernate.ddl-auto create or
-- create-drop, the default on embedded H2). A schema managed by migrations needs the same row.
insert into slug_lock (id) values (1);
