package org.bangtin.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bangtin.config.SiteConfig;
import org.bangtin.diag.Diagnostics;

/**
 * The content stage's entry point: reads every notice of a content folder. Problems of all files
 * are collected together; notices with errors are left out of the result.
 */
public final class ContentLoader {
    private final Path root;
    private final SiteConfig config;
    private final boolean includeDrafts;

    /**
     * @param root          the content folder
     * @param includeDrafts whether notices marked {@code draft: true} are kept
     */
    public ContentLoader(Path root, SiteConfig config, boolean includeDrafts) {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        this.includeDrafts = includeDrafts;
    }

    /** The notices in source-file order. */
    public List<Notice> load(Diagnostics problems) throws IOException {
        NoticeReader reader = new NoticeReader(root, config.timeZone(), problems);
        List<Path> files = ContentWalker.noticeFiles(root, problems);
        List<Optional<Notice>> read = files.parallelStream().map(reader::read).toList();
        List<Notice> notices = new ArrayList<>();
        for (Optional<Notice> notice : read) {
            notice.filter(n -> includeDrafts || !n.draft()).ifPresent(notices::add);
        }
        return notices;
    }
}
