package org.bangtin.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The reasons of file failures that the JDK gives only as a type, told in words. */
class IoReasonsTest {
    @Test
    void theReasonIsToldAndTheFileOnlyWhenItIsAnotherOne() {
        Path site = Path.of("/srv/www/site");
        assertEquals("permission denied", IoReasons.of(new AccessDeniedException("/srv/www/site"), site));
        assertEquals("permission denied (/srv/www/.site.bangtin-old/atom.xml)",
                IoReasons.of(new AccessDeniedException("/srv/www/.site.bangtin-old/atom.xml"), site));
        assertEquals("not a folder", IoReasons.of(new NotDirectoryException("/srv/www/site"), site));
        assertEquals("file name too long", IoReasons.of(new FileSystemException("/srv/www/site", null, "File name too long"), site));
        assertEquals("disk quota exceeded", IoReasons.of(new IOException("Disk quota exceeded"), site).toLowerCase());
    }
}
