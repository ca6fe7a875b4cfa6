export const x = process.env.HOME;
