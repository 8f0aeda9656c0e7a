package org.bangtin.attach;

/** Java's 2D graphics, which draw PDF previews and photos' copies, without a screen (nor, on macOS, a Dock icon). */
final class Headless {
    private Headless() {
    }

    /** Called before the first drawing; an explicit -Djava.awt.headless wins. */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
