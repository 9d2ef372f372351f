/** The site's own name: the report's headline is an article title, not a site name. */
export const SITE_NAME = '七里河区2021年政府工作报告';
