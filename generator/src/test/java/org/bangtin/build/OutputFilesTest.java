package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.bangtin.output.OutputException;
import org.bangtin.output.OutputTarget;
import org.junit.jupiter.api.Test;

class OutputFilesTest {
    /** An output whose every write fails with {@code cause}, as the file system would say it. */
    private static OutputTarget failingWith(IOException cause) {
        return new OutputTarget() {
            @Override
            public Path target() {
                return Path.of("out");
            }

            @Override
            public void write(String relativePath, byte[] bytes) throws OutputException {
                throw new OutputException("cannot write out/" + relativePath + ": " + cause.getMessage(), cause);
            }

            @Override
            public void copy(String relativePath, Path source) throws OutputException {
                throw new OutputException("cannot copy " + source + " to out/" + relativePath + ": " + cause.getMessage(), cause);
            }

            @Override
            public void commit() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<String> messages(Diagnostics problems) {
        return problems.sorted().stream().map(Diagnostic::message).toList();
    }

    @Test
    void aFullDiskIsReportedOnceNotForEveryFile() {
        Diagnostics problems = new Diagnostics();
        OutputFiles files = new OutputFiles(failingWith(new FileSystemException("out/a", null, "No space left on device")),
                problems);
        files.writePage("a/index.html", new byte[1]);
        files.writePage("b/index.html", new byte[1]);
        files.copy("b/qd.pdf", Path.of("content/qd.pdf"));
        files.writeStatic("css/site.css", new byte[1]);

        assertEquals(List.of("cannot write out/a/index.html: out/a: No space left on device (the disk is full: other"
                + " files of the site could not be written either)"), messages(problems));
        assertEquals("free some space on the disk of the output folder, or build into a folder on another disk",
                problems.sorted().get(0).hint());
    }

    @Test
    void otherWriteErrorsAreEachReported() {
        Diagnostics problems = new Diagnostics();
        OutputFiles files = new OutputFiles(failingWith(new FileSystemException("out/a", null, "Permission denied")), problems);
        files.writePage("a/index.html", new byte[1]);
        files.writePage("b/index.html", new byte[1]);

        assertEquals(List.of("cannot write out/a/index.html: out/a: Permission denied",
                "cannot write out/b/index.html: out/a: Permission denied"), messages(problems));
    }
}
