// Group III: one table file per version and a registry (EIS 1080 §5.2).
export {};
