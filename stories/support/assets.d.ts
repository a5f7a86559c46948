// Stylesheets imported for their side effect by stories (Vite injects them into the page).
declare module "*.css";
