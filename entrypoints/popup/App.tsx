export function App() {
  return <main>PostLens popup</main>;
}
