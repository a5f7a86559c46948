// The challenge screens, each a namespace of parts.
export {};
