package org.ecopolicy.kg.model;

/** A named project, programme or campaign (…工程, …项目, …行动, …攻坚战) as written. */
public record ProjectMention(String name, Evidence evidence) {
}
