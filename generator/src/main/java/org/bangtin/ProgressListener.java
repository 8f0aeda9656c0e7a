package org.bangtin;

/** Told what a build is doing, so that a long build can show a progress line. */
@FunctionalInterface
public interface ProgressListener {
    /** Listens to nothing. */
    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being done ("reading", "rendering", "writing")
     * @param done  how many items of the phase are done
     * @param total how many there are, or 0 when not known
     */
    void progress(String phase, int done, int total);
}
