package io.github.middlewaresignals.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the model signals sent from Hibernate's entity events. */
@ConfigurationProperties("signals.model")
public class ModelSignalsProperties {

    /**
     * Whether Hibernate's entity events send pre_save, post_save, pre_delete and post_delete.
     * When false, the signals still exist but Hibernate never sends them.
     */
    private boolean enabled = true;

    /**
     * How many rounds of receivers writing entities (whose own signals then write again) one
     * flush or save may go through before it fails with a ModelSignalNestingException; stops a
     * receiver that saves its own sender on every save.
     */
    private int maxNestingDepth = 16;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getMaxNestingDepth() {
        return maxNestingDepth;
    }

    public void setMaxNestingDepth(int maxNestingDepth) {
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("signals.model.max-nesting-depth must be at least 1, was " + maxNestingDepth);
        }
        this.maxNestingDepth = maxNestingDepth;
    }
}
