package io.github.middlewaresignals.benchmarks.persist;

/** How much of the starter a persistence benchmark runs with. */
enum StarterSetup {
    /** Every auto-configuration of the starter excluded: plain Spring Boot with Spring Data JPA. */
    EXCLUDED,
    /** The starter active, no model-signal receiver connected. */
    NO_RECEIVERS,
    /** The starter active with a counting {@code pre_save} and {@code post_save} receiver. */
    PRE_AND_POST_SAVE_RECEIVERS,
    /** The starter active with a {@code post_save} receiver that counts and never asks what changed. */
    POST_SAVE_RECEIVER,
    /** The starter active with a {@code post_save} receiver that asks {@code hasChanged} and {@code previous}. */
    POST_SAVE_RECEIVER_READING_CHANGES
}
