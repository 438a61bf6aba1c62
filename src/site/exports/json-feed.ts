// /feed.json: JSON Feed 1.1 (https://jsonfeed.org/version/1.1), the latest incidents dated by
// when they happened (date_published) and by their latest report (date_modified).
import type { SiteData } from "../view.js";

export function jsonFeed(site: SiteData): string {
  const { config } = site;
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: config.title,
    description: config.description,
    home_page_url: `${config.baseUrl}/`,
    feed_url: `${config.baseUrl}/feed.json`,
    language: config.language,
    authors: [{ name: config.author }],
    items: site.feed.map((incident) => ({
      id: incident.permalink,
      url: incident.permalink,
      title: `${incident.title}, ${incident.dateLabel}`,
      content_text: incident.feedText,
      summary: incident.figuresLine,
      date_published: incident.feedPublished,
      date_modified: incident.feedUpdated,
      tags: [incident.typeLabel, ...(incident.place ? [incident.place.name] : [])],
      language: config.language,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
