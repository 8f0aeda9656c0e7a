package org.bangtin;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What to build: a content folder into an output folder, with options. Immutable; made with
 * {@link #builder()}.
 */
public final class BuildRequest {
    private final Path contentDir;
    private final Path outputDir;
    private final boolean includeDrafts;
    private final String baseUrl;
    private final String baseUrlSource;
    private final ProgressListener progress;
    private final boolean strict;
    private final java.util.List<Path> accessLogs;
    private final LocalDateTime now;
    private final Path cacheDir;
    private final java.util.function.BooleanSupplier cancelled;

    private BuildRequest(Builder builder) {
        this.contentDir = builder.contentDir;
        this.outputDir = builder.outputDir;
        this.includeDrafts = builder.includeDrafts;
        this.baseUrl = builder.baseUrl;
        this.baseUrlSource = builder.baseUrlSource;
        this.progress = builder.progress;
        this.strict = builder.strict;
        this.accessLogs = java.util.List.copyOf(builder.accessLogs);
        this.now = builder.now;
        this.cacheDir = builder.cacheDir;
        this.cancelled = builder.cancelled;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path contentDir() {
        return contentDir;
    }

    public Path outputDir() {
        return outputDir;
    }

    public boolean includeDrafts() {
        return includeDrafts;
    }

    /** The base URL that replaces site.yml's, or null to keep it. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Where {@link #baseUrl()} was given, as messages name it ("the --base-url option"). */
    public String baseUrlSource() {
        return baseUrlSource;
    }

    public ProgressListener progress() {
        return progress;
    }

    /** Web server access logs to count page views in; empty shows no counts. */
    public java.util.List<Path> accessLogs() {
        return accessLogs;
    }

    /** The build's clock in the site's time zone, or null for the computer's clock. */
    public LocalDateTime now() {
        return now;
    }

    /** The build's clock in the site's time zone: {@link #now()} when given, else the computer's. */
    public java.time.ZonedDateTime clock(java.time.ZoneId siteZone) {
        return now != null ? now.atZone(siteZone) : java.time.ZonedDateTime.now(siteZone);
    }

    /** Whether warnings (document checks, broken links, missing anchors and others) fail the build like errors. */
    public boolean strict() {
        return strict;
    }

    /**
     * Where what the build read from attached PDFs (text, page count, preview) is kept for the next
     * build: the one given, else {@code CONTENT-DIR/target/bangtin-cache}.
     */
    /** Whether the build should stop (see {@link Builder#cancelWhen}). */
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    public Path cacheDir() {
        return cacheDir != null ? cacheDir : contentDir.resolve("target").resolve(DEFAULT_CACHE_FOLDER);
    }

    /** The cache's folder under {@code CONTENT-DIR/target/} when none is given. */
    public static final String DEFAULT_CACHE_FOLDER = "bangtin-cache";

    /** Collects the settings of a {@link BuildRequest}. */
    public static final class Builder {
        private Path contentDir;
        private Path outputDir;
        private boolean includeDrafts;
        private String baseUrl;
        private String baseUrlSource = "the build request's base URL";
        private ProgressListener progress = ProgressListener.NONE;
        private boolean strict;
        private java.util.List<Path> accessLogs = java.util.List.of();
        private LocalDateTime now;
        private Path cacheDir;
        private java.util.function.BooleanSupplier cancelled = () -> false;

        private Builder() {
        }

        /** The folder with {@code site.yml} and the notices. Required. */
        public Builder contentDir(Path contentDir) {
            this.contentDir = Objects.requireNonNull(contentDir, "contentDir");
            return this;
        }

        /** The folder the site is written to; replaced whole when the build succeeds. Required. */
        public Builder outputDir(Path outputDir) {
            this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
            return this;
        }

        /** Whether notices marked {@code draft: true} are published (for previews). Default false. */
        public Builder includeDrafts(boolean includeDrafts) {
            this.includeDrafts = includeDrafts;
            return this;
        }

        /** Replaces site.yml's {@code baseUrl}, e.g. for a staging host; null keeps it. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Replaces site.yml's {@code baseUrl}, as {@link #baseUrl(String)}; {@code source} names
         * where it was given, for the message when it is wrong ("the --base-url option").
         */
        public Builder baseUrl(String baseUrl, String source) {
            this.baseUrlSource = Objects.requireNonNull(source, "source");
            return baseUrl(baseUrl);
        }

        /** Told about the build's progress, for long builds. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * The time the build takes as "now", in the site's time zone: notices whose {@code publish}
         * time is later are left out, those whose {@code expires} time has passed are expired. For
         * tests, and for previews of a future day. Default null: the computer's clock.
         */
        public Builder now(LocalDateTime now) {
            this.now = now;
            return this;
        }

        /** Whether warnings (document checks, broken links, missing anchors and others) fail the build like errors. Default false. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Access logs (Combined Log Format, plain or gzip) whose page views the pages show. Default none. */
        public Builder accessLogs(java.util.List<Path> accessLogs) {
            this.accessLogs = java.util.List.copyOf(Objects.requireNonNull(accessLogs, "accessLogs"));
            return this;
        }

        /**
         * Where the build keeps what it read from attached PDFs, keyed by their content, so that the
         * next build reads no unchanged PDF again; outside the output folder. Default null:
         * {@code CONTENT-DIR/target/bangtin-cache}.
         */
        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = cacheDir;
            return this;
        }

        /**
         * Asked now and then during the build; when it says true, the build stops without
         * touching the output and ends {@link BuildResult.Status#CANCELLED}. The preview server
         * stops a build that a newer edit has made pointless. Default: never.
         */
        public Builder cancelWhen(java.util.function.BooleanSupplier cancelled) {
            this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
            return this;
        }

        public BuildRequest build() {
            if (contentDir == null) {
                throw new IllegalStateException("contentDir is required");
            }
            if (outputDir == null) {
                throw new IllegalStateException("outputDir is required");
            }
            return new BuildRequest(this);
        }
    }
}
