package org.bangtin.diag;

/** How bad a problem is: errors fail the build, warnings are reported and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word shown in messages ("error", "warning"). */
    public String label() {
        return label;
    }
}
