package org.bangtin.diag;

/**
 * How bad a problem is: errors fail the build, warnings are reported and the build goes on, notes
 * only inform (a notice scheduled for later, one hidden because it expired).
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word shown in messages ("error", "warning"). */
    public String label() {
        return label;
    }
}
