package org.bangtin.site;

/** The page static hosts show for a missing address. */
public record NotFoundPage() implements PageSpec {
    @Override
    public String path() {
        return "/404.html";
    }
}
