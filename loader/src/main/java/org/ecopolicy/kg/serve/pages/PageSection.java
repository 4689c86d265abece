package org.ecopolicy.kg.serve.pages;

/** One block of an entity page, shown for the kinds of entity it applies to. */
interface PageSection {

    boolean appliesTo(EntityView entity);

    void render(EntityView entity, HtmlPage page);
}
